-- CreateTable
CREATE TABLE "RuntimeRollup" (
    "service" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "environment" TEXT NOT NULL,
    "bucket" TIMESTAMP(3) NOT NULL,
    "eluSum" DOUBLE PRECISION NOT NULL,
    "eluCount" INTEGER NOT NULL,
    "delayP99Sum" DOUBLE PRECISION NOT NULL,
    "delayP99Max" DOUBLE PRECISION NOT NULL,
    "delayCount" INTEGER NOT NULL,

    CONSTRAINT "RuntimeRollup_pkey" PRIMARY KEY ("service","version","environment","bucket")
);

-- CreateIndex
CREATE INDEX "RuntimeRollup_service_bucket_idx" ON "RuntimeRollup"("service", "bucket");

