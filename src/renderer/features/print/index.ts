// The print feature's public face: the discharge panel's print controls and the print route.
export { PrintActions } from './PrintActions';
export { PrintRoute } from './PrintRoute';
export { PrintSettingsForm } from './PrintSettingsForm';
