import { defineCommands } from './common';

export const paymentsCommands = defineCommands({});
