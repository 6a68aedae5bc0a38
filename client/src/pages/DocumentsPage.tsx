export function DocumentsPage(_props: Record<string, unknown>) { return null; }
