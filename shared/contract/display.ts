import { defineCommands } from './common';

export const displayCommands = defineCommands({});
