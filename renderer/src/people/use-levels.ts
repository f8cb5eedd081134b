/** The editable list of reception levels (一级…四级 by default), kept in the app's settings. */
import { useCallback, useEffect, useState } from 'react';
import { call } from '../bridge';
import { DEFAULT_LEVELS } from '../../../shared/people';
import { LEVELS_SETTING } from './columns';

export function useLevels(): [string[], (levels: string[]) => void] {
  const [levels, setLevels] = useState<string[]>(DEFAULT_LEVELS);
  useEffect(() => {
    let live = true;
    call('settings.get', { key: LEVELS_SETTING })
      .then((value) => {
        if (live && Array.isArray(value) && value.every((v) => typeof v === 'string')) setLevels(value as string[]);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  const save = useCallback((next: string[]) => {
    setLevels(next);
    void call('settings.set', { key: LEVELS_SETTING, value: next }).catch(() => undefined);
  }, []);
  return [levels, save];
}
