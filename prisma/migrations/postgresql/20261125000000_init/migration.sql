-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "ServiceVersion" (
    "service" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "environment" TEXT NOT NULL,
    "firstSeen" TIMESTAMP(3) NOT NULL,
    "lastSeen" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceVersion_pkey" PRIMARY KEY ("service","version","environment")
);

-- CreateTable
CREATE TABLE "MiddlewareRollup" (
    "id" SERIAL NOT NULL,
    "tier" INTEGER NOT NULL,
    "bucket" TIMESTAMP(3) NOT NULL,
    "service" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "environment" TEXT NOT NULL,
    "middleware" TEXT NOT NULL,
    "framework" TEXT NOT NULL,
    "route" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "measured" BOOLEAN NOT NULL,
    "calls" INTEGER NOT NULL,
    "errors" INTEGER NOT NULL,
    "durationSum" DOUBLE PRECISION NOT NULL,
    "occupancySum" DOUBLE PRECISION NOT NULL,
    "hops" INTEGER NOT NULL,
    "hopsMicrotask" INTEGER NOT NULL,
    "hopsIo" INTEGER NOT NULL,
    "hopsThreadpool" INTEGER NOT NULL,
    "hopsWorker" INTEGER NOT NULL,
    "hopsThread" INTEGER NOT NULL,
    "blockingCount" INTEGER NOT NULL,
    "stallSum" DOUBLE PRECISION NOT NULL,
    "durationHist" TEXT NOT NULL,
    "occupancyHist" TEXT NOT NULL,

    CONSTRAINT "MiddlewareRollup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Exemplar" (
    "traceId" TEXT NOT NULL,
    "spanId" TEXT NOT NULL,
    "service" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "environment" TEXT NOT NULL,
    "middleware" TEXT NOT NULL,
    "framework" TEXT NOT NULL,
    "route" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "position" INTEGER,
    "start" TIMESTAMP(3) NOT NULL,
    "duration" DOUBLE PRECISION NOT NULL,
    "occupancy" DOUBLE PRECISION,
    "hops" INTEGER,
    "blockingMax" DOUBLE PRECISION,
    "stall" DOUBLE PRECISION,
    "error" TEXT,

    CONSTRAINT "Exemplar_pkey" PRIMARY KEY ("traceId","spanId")
);

-- CreateTable
CREATE TABLE "IngestedPoint" (
    "key" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IngestedPoint_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "MiddlewareRollup_service_tier_bucket_idx" ON "MiddlewareRollup"("service", "tier", "bucket");

-- CreateIndex
CREATE UNIQUE INDEX "MiddlewareRollup_service_version_environment_middleware_rou_key" ON "MiddlewareRollup"("service", "version", "environment", "middleware", "route", "method", "tier", "bucket");

-- CreateIndex
CREATE INDEX "Exemplar_service_middleware_start_idx" ON "Exemplar"("service", "middleware", "start");

-- CreateIndex
CREATE INDEX "IngestedPoint_receivedAt_idx" ON "IngestedPoint"("receivedAt");

