-- DropIndex
DROP INDEX "MiddlewareRollup_service_version_environment_middleware_rou_key";

-- CreateIndex
CREATE UNIQUE INDEX "MiddlewareRollup_service_tier_allRoutes_middleware_route_me_key" ON "MiddlewareRollup"("service", "tier", "allRoutes", "middleware", "route", "method", "version", "environment", "bucket");

-- CreateIndex
CREATE INDEX "Exemplar_service_start_idx" ON "Exemplar"("service", "start");

