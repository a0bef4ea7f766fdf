-- CreateTable
CREATE TABLE "AlertRule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "service" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "middleware" TEXT,
    "threshold" REAL NOT NULL,
    "windowMinutes" INTEGER NOT NULL,
    "webhookUrl" TEXT NOT NULL,
    "webhookFormat" TEXT NOT NULL,
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "AlertIncident" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ruleId" TEXT NOT NULL,
    "firedAt" DATETIME NOT NULL,
    "resolvedAt" DATETIME,
    "middleware" TEXT,
    "version" TEXT,
    "baseline" TEXT,
    "value" REAL NOT NULL,
    "message" TEXT NOT NULL,
    CONSTRAINT "AlertIncident_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "AlertRule" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AlertDelivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "incidentId" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "deliveredAt" DATETIME,
    "lastError" TEXT,
    CONSTRAINT "AlertDelivery_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "AlertIncident" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Lease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "AlertRule_service_idx" ON "AlertRule"("service");

-- CreateIndex
CREATE INDEX "AlertIncident_ruleId_resolvedAt_idx" ON "AlertIncident"("ruleId", "resolvedAt");

-- CreateIndex
CREATE INDEX "AlertIncident_firedAt_idx" ON "AlertIncident"("firedAt");

-- CreateIndex
CREATE INDEX "AlertDelivery_deliveredAt_nextAttemptAt_idx" ON "AlertDelivery"("deliveredAt", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "AlertDelivery_incidentId_event_key" ON "AlertDelivery"("incidentId", "event");

