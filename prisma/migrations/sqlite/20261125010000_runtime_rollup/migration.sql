-- CreateTable
CREATE TABLE "RuntimeRollup" (
    "service" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "environment" TEXT NOT NULL,
    "bucket" DATETIME NOT NULL,
    "eluSum" REAL NOT NULL,
    "eluCount" INTEGER NOT NULL,
    "delayP99Sum" REAL NOT NULL,
    "delayP99Max" REAL NOT NULL,
    "delayCount" INTEGER NOT NULL,

    PRIMARY KEY ("service", "version", "environment", "bucket")
);

-- CreateIndex
CREATE INDEX "RuntimeRollup_service_bucket_idx" ON "RuntimeRollup"("service", "bucket");

