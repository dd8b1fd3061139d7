import type { Light } from '../../ledger/model';

/** The ledger's light colours, so a red on the dashboard is the red in the ledger. */
export const LIGHT_COLORS: Record<Light, string> = { red: '#d9363e', yellow: '#f5a623', green: '#2ba471' };
export const SIGNED_OFF_COLOR = '#8c9bab';
export const LINE_COLORS = { dispatched: '#1677ff', signedOff: '#2ba471' };
