export function SubmitPage(_props: Record<string, unknown>) { return null; }
