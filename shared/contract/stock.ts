import { defineCommands } from './common';

export const stockCommands = defineCommands({});
