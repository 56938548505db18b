// Which host the renderer runs in: the desktop app (the preload's bridge) prints through the main side; a browser
// uses its own print dialog.
export const isDesktopApp = (): boolean => typeof window !== 'undefined' && window.chairside !== undefined;
