// The till's device code, zone and business-day cut-off. A zone or cut-off change is refused while
// a shift is open (it would move the day under a drawer being counted); the code only until the
// first sale (deviceCode.ts). Each change is audited with the old and new values, and the running
// engine takes it at once.
import type { DeviceSettingsView, deviceCommands } from '../../../shared/contract';
import { audit } from '../audit/audit';
import type { EngineContext, HandlerMap } from '../context';
import { EngineError } from '../errors';
import { setSetting } from '../settings/settings';
import { openShifts } from '../shifts/businessDay';
import { changeDeviceCode, deviceCodeLock, isDeviceCodeProvisional } from './deviceCode';

/** The zone of the machine the engine runs on (TZ honoured), shown beside the till's own. */
export function laptopTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function view(ctx: EngineContext): DeviceSettingsView {
  return {
    device: ctx.device.device,
    timeZone: ctx.device.timeZone,
    dayCutoffHour: ctx.device.dayCutoffHour,
    laptopTimeZone: laptopTimeZone(),
    deviceCodeLocked: deviceCodeLock(ctx.db),
    deviceCodeProvisional: isDeviceCodeProvisional(ctx.db),
  };
}

export const deviceHandlers: HandlerMap<keyof typeof deviceCommands> = {
  'device.settings': (ctx) => view(ctx),
  'device.saveSettings': (ctx, input, actor) => {
    const before = { timeZone: ctx.device.timeZone, dayCutoffHour: ctx.device.dayCutoffHour };
    const device = input.device ?? ctx.device.device;
    ctx.db
      .transaction(() => {
        if (device !== ctx.device.device) changeDeviceCode(ctx, device, actor);
        const open = openShifts(ctx.db, device);
        if (
          open.length > 0 &&
          (input.timeZone !== before.timeZone || input.dayCutoffHour !== before.dayCutoffHour)
        ) {
          throw new EngineError('CONFLICT', 'device.closeShiftsFirst', {
            value: open.map((s) => s.userName).join(', '),
          });
        }
        if (input.timeZone === before.timeZone && input.dayCutoffHour === before.dayCutoffHour) return;
        setSetting(ctx.db, 'time_zone', input.timeZone);
        setSetting(ctx.db, 'day_cutoff_hour', String(input.dayCutoffHour));
        audit(ctx.db, device, ctx.now(), {
          action: 'settings.change',
          actor,
          subject: 'perangkat',
          detail: { before, after: { timeZone: input.timeZone, dayCutoffHour: input.dayCutoffHour } },
        });
      })
      .immediate();
    ctx.device = { device, timeZone: input.timeZone, dayCutoffHour: input.dayCutoffHour };
    return view(ctx);
  },
};
