import { defineCommands } from './common';

export const afterSaleCommands = defineCommands({});
