// The desktop app's printing (Electron-specific): the hidden-window printer and its pure option builders.
export { createElectronPrinter, type ElectronPrinterOptions } from './electron-printer';
export { isCancelledPrint, pdfOptions, pdfPath, printOptions, printRouteUrl } from './print-options';
