import { defineCommands } from './common';

export const searchCommands = defineCommands({});
