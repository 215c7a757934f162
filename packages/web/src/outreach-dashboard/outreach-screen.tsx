import type { DriveView } from '@groundwork/core';
import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import '../coordinator/coordinator.css';
import { allPages } from '../coordinator/paged.ts';
import { LoadStatus, useLoaded } from '../coordinator/use-loaded.tsx';
import { formatDate, locale, t } from '../i18n/i18n.ts';
import { CoveragePanel } from './coverage-panel.tsx';
import { DeliveriesPanel } from './deliveries-panel.tsx';
import { ExportsPanel } from './exports-panel.tsx';
import { HesitancyPanel } from './hesitancy-panel.tsx';
import './outreach-dashboard.css';
import { lastTwelveMonths, localDay } from './period.ts';
import { type AreaOption, areaOptions, chooseArea, chooseDrive, defaultPlace, type Place } from './place.ts';
import { SuppliesPanel } from './supplies-panel.tsx';
import { WorkersPanel } from './workers-panel.tsx';

async function loadPlaces() {
  const [areas, drives] = await Promise.all([
    allPages<AreaOption>('/api/areas'),
    api<{ items: DriveView[] }>('/api/outreach/drives'),
  ]);
  const known = new Set(areas.map((a) => a.id));
  return {
    areas: areas.map(({ id, name, parentId }) => ({ id, name, parentId })),
    // A drive aimed at an area the reader cannot see would show a place she cannot pick.
    drives: drives.items.filter((d) => known.has(d.target.areaId)),
  };
}

/** The coordinator's view of outreach: coverage, hesitancy, deliveries, each worker's tasks, and the exports. */
export function OutreachScreen() {
  const places = useLoaded('outreach:places', loadPlaces);
  const [chosen, setChosen] = useState<Place | null>(null);
  const data = places.loaded?.data;
  const place = chosen ?? (data ? defaultPlace(data.areas) : null);
  const period = lastTwelveMonths(localDay(new Date()));
  return (
    <>
      <h1>{t('outreach_dashboard.title')}</h1>
      <LoadStatus state={places} />
      {data && place && !place.areaId && <p>{t('outreach_dashboard.no_areas')}</p>}
      {data && place?.areaId && (
        <>
          <PlacePicker areas={data.areas} drives={data.drives} place={place} onChange={setChosen} />
          <p class="muted">
            {t('outreach_dashboard.period', { from: formatDate(period.from), to: formatDate(period.to) })}
          </p>
          <div class="outreach-panels">
            <CoveragePanel place={place} />
            <HesitancyPanel areaId={place.areaId} {...period} />
            <WorkersPanel />
            <SuppliesPanel {...period} />
            <DeliveriesPanel areaId={place.areaId} {...period} />
            <ExportsPanel place={place} range={period} />
          </div>
        </>
      )}
    </>
  );
}

function PlacePicker(props: {
  areas: AreaOption[];
  drives: DriveView[];
  place: Place;
  onChange(place: Place): void;
}) {
  const { areas, drives, place, onChange } = props;
  return (
    <search class="outreach-pickers">
      <div>
        <label for="outreach-area">{t('outreach_dashboard.area')}</label>
        <select
          id="outreach-area"
          value={place.areaId}
          onChange={(e) => onChange(chooseArea(place, (e.target as HTMLSelectElement).value, drives))}
        >
          {areaOptions(areas, locale.value).map((a) => (
            <option key={a.id} value={a.id}>
              {`${'\u00a0\u00a0'.repeat(a.depth)}${a.name}`}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="outreach-drive">{t('outreach_dashboard.drive')}</label>
        <select
          id="outreach-drive"
          value={place.driveId}
          onChange={(e) => onChange(chooseDrive(place, (e.target as HTMLSelectElement).value, drives))}
        >
          <option value="">{t('outreach_dashboard.no_drive')}</option>
          {drives.map((d) => (
            <option key={d.id} value={d.id}>
              {t('outreach_dashboard.drive_option', {
                name: d.name,
                from: formatDate(d.startsOn),
                to: formatDate(d.endsOn),
              })}
            </option>
          ))}
        </select>
      </div>
    </search>
  );
}
