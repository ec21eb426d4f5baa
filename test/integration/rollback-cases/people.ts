import type { WriteCase } from '../../support/rollback-actors.js';

export const peopleCases: WriteCase[] = [];
