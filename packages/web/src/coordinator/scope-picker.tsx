import { t } from '../i18n/i18n.ts';
import type { Named } from './names.ts';

/** Ticks some of many items (areas, groups), each a labelled checkbox. */
function Checks(props: { legend: string; items: Named[]; chosen: string[]; onChange(ids: string[]): void }) {
  const chosen = new Set(props.chosen);
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.items.length === 0 ? (
        <p class="muted">{t('users.none_to_pick')}</p>
      ) : (
        <div class="checks">
          {props.items.map((item) => (
            <label key={item.id}>
              <input
                type="checkbox"
                checked={chosen.has(item.id)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if ((e.target as HTMLInputElement).checked) next.add(item.id);
                  else next.delete(item.id);
                  props.onChange([...next]);
                }}
              />
              {item.name}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}

export interface ScopeValue {
  areaIds: string[];
  groupIds: string[];
}

export function ScopePicker(props: {
  areas: Named[];
  groups: Named[];
  value: ScopeValue;
  onChange(v: ScopeValue): void;
}) {
  const { value, onChange } = props;
  return (
    <>
      <Checks
        legend={t('users.scope_areas')}
        items={props.areas}
        chosen={value.areaIds}
        onChange={(areaIds) => onChange({ ...value, areaIds })}
      />
      <Checks
        legend={t('users.scope_groups')}
        items={props.groups}
        chosen={value.groupIds}
        onChange={(groupIds) => onChange({ ...value, groupIds })}
      />
    </>
  );
}
