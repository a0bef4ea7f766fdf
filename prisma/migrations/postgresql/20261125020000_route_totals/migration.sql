-- DropIndex
DROP INDEX "MiddlewareRollup_service_tier_bucket_idx";

-- DropIndex
DROP INDEX "MiddlewareRollup_service_version_environment_middleware_rou_key";

-- AlterTable
ALTER TABLE "MiddlewareRollup" ADD COLUMN     "allRoutes" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "MiddlewareRollup_service_allRoutes_tier_bucket_idx" ON "MiddlewareRollup"("service", "allRoutes", "tier", "bucket");

-- CreateIndex
CREATE UNIQUE INDEX "MiddlewareRollup_service_version_environment_middleware_rou_key" ON "MiddlewareRollup"("service", "version", "environment", "middleware", "route", "method", "allRoutes", "tier", "bucket");

