export function DashboardPage(_props: Record<string, unknown>) { return null; }
