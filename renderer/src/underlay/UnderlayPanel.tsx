/**
 * The scene's floor plan (底图): import a PNG/JPEG (the host re-encodes and keeps it), calibrate
 * its scale by two clicked points and their real distance, set its opacity, lock it, say whether
 * it prints, remove it. Each change is one named command, one undo step.
 */
import { useRef, useState } from 'react';
import type { UnderlayPatch } from '../../../shared/commands/commands';
import { UNDERLAY_OPACITY, calibrate, newUnderlay } from '../../../shared/model/underlay';
import type { Scene, Underlay } from '../../../shared/model/types';
import { call } from '../bridge';
import { viewport } from '../canvas/canvas-ui';
import { CheckField, NumberField } from '../editor/fields';
import { useErrorText, useT } from '../i18n';
import { bytesToBase64 } from '../people/download';
import { useApp } from '../state/app-store';
import { useUnderlayUi } from './underlay-ui';

export function UnderlayPanel({ scene }: { scene: Scene }) {
  const t = useT();
  const errorText = useErrorText();
  const dispatch = useApp((s) => s.dispatch);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const underlay = scene.underlay;

  const pick = async (file: File) => {
    setBusy(true);
    setProblem(null);
    try {
      const data = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      const asset = await call('assets.importImage', { fileName: file.name, data });
      dispatch({ type: 'underlay/set', sceneId: scene.id, underlay: newUnderlay(asset, viewport.centre) });
    } catch (e) {
      setProblem(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const update = (patch: UnderlayPatch) => dispatch({ type: 'underlay/update', sceneId: scene.id, patch });

  return (
    <section className="panel" aria-label={t('underlay.title')}>
      <details className="underlay-panel" open={!!underlay || !!problem || undefined}>
        <summary>{t('underlay.title')}</summary>
        {underlay ? null : <p className="muted">{t('underlay.none')}</p>}
        <div className="underlay-actions">
          <button type="button" disabled={busy} onClick={() => input.current?.click()}>
            {t(underlay ? 'underlay.replace' : 'underlay.import')}
          </button>
          <input
            ref={input}
            type="file"
            hidden
            name="underlay-file"
            accept="image/png,image/jpeg,application/pdf,.pdf"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void pick(file);
            }}
          />
          {underlay ? (
            <button type="button" onClick={() => dispatch({ type: 'underlay/remove', sceneId: scene.id })}>
              {t('underlay.remove')}
            </button>
          ) : null}
        </div>
        {busy ? <p role="status">{t('underlay.importing')}</p> : null}
        {problem ? (
          <p className="error" role="alert">
            {problem}
          </p>
        ) : null}
        {underlay ? <UnderlayFields sceneId={scene.id} underlay={underlay} update={update} /> : null}
      </details>
    </section>
  );
}

function UnderlayFields({
  sceneId,
  underlay,
  update,
}: {
  sceneId: string;
  underlay: Underlay;
  update(patch: UnderlayPatch): void;
}) {
  const t = useT();
  const mm = Math.round(underlay.mmPerPixel * 100) / 100;
  return (
    <>
      <p className="muted" data-testid="underlay-size">
        {t('underlay.size', { width: underlay.width, height: underlay.height, mm })}
      </p>
      <Calibrate sceneId={sceneId} underlay={underlay} update={update} />
      <NumberField
        name="underlay-opacity"
        label={t('underlay.opacity')}
        value={Math.round(underlay.opacity * 100)}
        min={UNDERLAY_OPACITY.min * 100}
        max={UNDERLAY_OPACITY.max * 100}
        step={10}
        integer
        onCommit={(v) => update({ opacity: v / 100 })}
      />
      <CheckField
        name="underlay-locked"
        label={t('underlay.locked')}
        value={underlay.locked}
        onCommit={(locked) => update({ locked })}
      />
      <CheckField
        name="underlay-print"
        label={t('underlay.print')}
        value={underlay.print}
        onCommit={(print) => update({ print })}
      />
    </>
  );
}

/** Two clicks on the canvas (underlay-ui.ts), then the real distance: the scale follows. */
function Calibrate({ sceneId, underlay, update }: { sceneId: string; underlay: Underlay; update(patch: UnderlayPatch): void }) {
  const t = useT();
  const calibration = useUnderlayUi((s) => (s.calibration?.sceneId === sceneId ? s.calibration : null));
  const { startCalibration, stopCalibration } = useUnderlayUi.getState();
  const [metres, setMetres] = useState('');
  const [invalid, setInvalid] = useState(false);
  if (!calibration) {
    return (
      <button
        type="button"
        onClick={() => {
          setMetres('');
          setInvalid(false);
          startCalibration(sceneId);
        }}
      >
        {t('underlay.calibrate')}
      </button>
    );
  }
  const [a, b] = calibration.points;
  const apply = () => {
    const scaled = a && b ? calibrate(underlay, a, b, Number(metres)) : undefined;
    if (!scaled) {
      setInvalid(true);
      return;
    }
    update(scaled);
    stopCalibration();
  };
  return (
    <form
      className="underlay-calibrate"
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <p role="status">{t(a ? (b ? 'underlay.calibrate.distance' : 'underlay.calibrate.second') : 'underlay.calibrate.first')}</p>
      {b ? (
        <label className="field inline">
          <span>{t('underlay.calibrate.distance')}</span>
          <input
            type="number"
            name="underlay-distance"
            min={0}
            step="any"
            value={metres}
            aria-invalid={invalid}
            onChange={(e) => {
              setMetres(e.target.value);
              setInvalid(false);
            }}
          />
        </label>
      ) : null}
      {invalid ? (
        <p className="error" role="alert">
          {t('underlay.calibrate.invalid')}
        </p>
      ) : null}
      <div className="underlay-actions">
        {b ? <button type="submit">{t('underlay.calibrate.apply')}</button> : null}
        <button type="button" onClick={stopCalibration}>
          {t('underlay.calibrate.cancel')}
        </button>
      </div>
    </form>
  );
}
