// The type of an office command table: one handler per contract entry, given the parsed input.
import type { OfficeCommandName, OfficeOutput, OfficeParsedInput } from '../../shared/office/contract';
import type { OfficeHandler } from './context';

export type OfficeHandlers<K extends OfficeCommandName> = {
  [P in K]: OfficeHandler<OfficeParsedInput<P>, OfficeOutput<P>>;
};
