import { t } from '@/utils/i18n';

export type CurrentTabState = { kind: 'none' } | { kind: 'unsaved'; saving: boolean } | { kind: 'saved'; id: string };

/** The page the popup was opened on: one click saves it, or it says it is already saved. */
export function PopupCurrentTab({
  state,
  onSave,
  onOpen,
}: {
  state: CurrentTabState;
  onSave(): void;
  onOpen(id: string): void;
}) {
  if (state.kind === 'none') return null;
  if (state.kind === 'saved') {
    return (
      <section class="lib-current">
        <button type="button" class="lib-saved-badge" onClick={() => onOpen(state.id)}>
          <span aria-hidden="true">✓ </span>
          {t('libThisPageSaved')}
        </button>
      </section>
    );
  }
  return (
    <section class="lib-current">
      <button type="button" class="lib-primary" onClick={onSave} disabled={state.saving} aria-busy={state.saving}>
        {t(state.saving ? 'libSavingThisPage' : 'libSaveThisPage')}
      </button>
    </section>
  );
}
