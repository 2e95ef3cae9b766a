import type { Location } from '../../../shared/contract';
import { FormRow } from '../../components/ui';
import { useT } from '../../i18n';

interface LocationSelectProps {
  label: string;
  locations: readonly Location[];
  value: number | null;
  onChange: (id: number) => void;
  testId: string;
}

/** A labelled select of locations; events show their dates. */
export function LocationSelect({ label, locations, value, onChange, testId }: LocationSelectProps) {
  const t = useT();
  return (
    <FormRow label={label}>
      <select
        data-testid={testId}
        value={value ?? ''}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {value === null && <option value="">{t('stock.pickLocation')}</option>}
        {locations.map((location) => (
          <option key={location.id} value={location.id}>
            {locationLabel(location)}
            {location.isDefault ? ` (${t('stock.selling')})` : ''}
          </option>
        ))}
      </select>
    </FormRow>
  );
}

export function locationLabel(location: Location): string {
  const dates = location.startsOn && location.endsOn ? ` · ${location.startsOn} – ${location.endsOn}` : '';
  return `${location.code} · ${location.name}${dates}`;
}
