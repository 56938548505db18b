// The clinic names its chairs in one text setting, in chair order: "Window, Door, , Quiet corner".
export function chairName(chairNames: string, chair: number): string | null {
  const name = chairNames.split(',')[chair - 1]?.trim();
  return name ? name : null;
}
