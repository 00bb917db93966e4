// Text a user typed (a topic's name, a metric's name, a note) is shown as text wherever a
// library renders a string as HTML (ECharts tooltips, and anything else that takes markup):
// a topic named `<meta http-equiv="refresh" …>` must read as those characters, not navigate
// the window. Every string built for such a sink goes through this, once, at the edge.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
