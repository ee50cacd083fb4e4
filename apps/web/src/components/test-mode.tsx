import { useTestMode } from '../core/test-mode.js';
import { useI18n } from '../i18n/i18n.js';

/** The switch between live accounts and test-clock accounts, for a page's header. */
export function TestModeSwitch() {
  const { t } = useI18n();
  const [on, setOn] = useTestMode();
  return (
    <label className="test-mode-switch" data-testid="test-mode-switch">
      <input
        type="checkbox"
        role="switch"
        checked={on}
        onChange={(event) => setOn(event.target.checked)}
      />
      <span>{t('testMode.switch')}</span>
    </label>
  );
}

/** Said above every figure and list while test mode is on: nothing here is live. */
export function TestModeBanner() {
  const { t } = useI18n();
  const [on] = useTestMode();
  if (!on) return null;
  return (
    <p className="test-mode-banner" role="status" data-testid="test-mode-banner">
      {t('testMode.banner')}
    </p>
  );
}
