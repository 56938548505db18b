// The workstation's identity (device_id made once at install, clinic_id) kept in app_meta.
import { v7 as uuidv7 } from 'uuid';
import type { Store } from './db';

export interface Workstation {
  readonly deviceId: string;
  readonly clinicId: string;
}

export async function loadWorkstation(store: Store): Promise<Workstation> {
  return store.write(async (db) => {
    const rows = await db.selectFrom('app_meta').select(['key', 'value']).where('key', 'in', ['device_id', 'clinic_id']).execute();
    const meta = new Map(rows.map((r) => [r.key, r.value]));
    for (const key of ['device_id', 'clinic_id']) {
      if (!meta.has(key)) {
        const value = uuidv7();
        await db.insertInto('app_meta').values({ key, value }).execute();
        meta.set(key, value);
      }
    }
    return { deviceId: meta.get('device_id')!, clinicId: meta.get('clinic_id')! };
  });
}
