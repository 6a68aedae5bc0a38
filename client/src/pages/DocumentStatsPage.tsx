export function DocumentStatsPage(_props: Record<string, unknown>) { return null; }
