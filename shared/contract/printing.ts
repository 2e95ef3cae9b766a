import { defineCommands } from './common';

export const printingCommands = defineCommands({});
