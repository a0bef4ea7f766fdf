// Next.js calls register() once when the dashboard's server starts: the alert evaluator
// runs in every replica, and the one holding the lease does the work (lib/alerts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ db }, { alertSettingsFromEnv, startAlerts }] = await Promise.all([
    import('./lib/db/client'),
    import('./lib/alerts/evaluator'),
  ]);
  startAlerts(db(), alertSettingsFromEnv());
}
