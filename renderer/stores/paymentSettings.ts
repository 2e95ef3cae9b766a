// The booth's payment settings (PPN, cash rounding, static QRIS, the cashier's discount limit), read
// once when the till opens and again after a manager saves them. The engine re-reads its own copy
// at every commit, so a stale copy here can only show a number the engine then corrects.
import { create } from 'zustand';
import type { PaymentSettings } from '../../shared/contract';
import { call } from '../api/client';

interface PaymentSettingsState {
  settings: PaymentSettings | null;
  load: () => Promise<void>;
}

export const usePaymentSettings = create<PaymentSettingsState>()((set) => ({
  settings: null,
  load: async () => {
    set({ settings: await call('paymentSettings.get', {}) });
  },
}));
