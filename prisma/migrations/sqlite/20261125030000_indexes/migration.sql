-- DropIndex
DROP INDEX "MiddlewareRollup_service_version_environment_middleware_route_method_allRoutes_tier_bucket_key";

-- CreateIndex
CREATE UNIQUE INDEX "MiddlewareRollup_service_tier_allRoutes_middleware_route_method_version_environment_bucket_key" ON "MiddlewareRollup"("service", "tier", "allRoutes", "middleware", "route", "method", "version", "environment", "bucket");

-- CreateIndex
CREATE INDEX "Exemplar_service_start_idx" ON "Exemplar"("service", "start");

