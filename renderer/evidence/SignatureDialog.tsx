import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuedDocument } from '../../shared/documents/index.js';
import type { Language } from '../../shared/platform/common.js';
import { FieldError, fieldsUnder } from '../app/Field.js';
import { Dialog } from './Dialog.js';
import { DocumentLanguageSelect } from '../documents/index.js';
import { drawnOf, SignaturePad } from './SignaturePad.js';
import { useEvidence } from './store.js';

/**
 * The customer signs the intake act on screen, in the language they read (theirs, else the member's document
 * language): on the pad, or (for a customer who cannot use it, or from the
 * keyboard alone) by typing their name and confirming that it signs. Signed, the act is issued with the signature.
 */
export function SignatureDialog(props: { language: Language; customerName: string; onSigned(document: IssuedDocument): void; onClose(): void }) {
  const { t } = useTranslation();
  const sign = useEvidence((s) => s.sign);
  const error = useEvidence((s) => s.errorFor('signature'));
  const [strokes, setStrokes] = useState<number[][]>([]);
  const [padKey, setPadKey] = useState(0);
  const [typing, setTyping] = useState(false);
  const [name, setName] = useState(props.customerName);
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [language, setLanguage] = useState<Language>(props.language);
  const errors = fieldsUnder(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    event.stopPropagation();
    setBusy(true);
    try {
      const signed = await sign(typing ? { language, typed: { name, confirmed } } : { language, drawn: drawnOf(strokes) });
      if (signed) props.onSigned(signed.document);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title={t('evidence.signature.signIntake')} className="signature" onClose={props.onClose}>
      <form onSubmit={submit} noValidate>
        <DocumentLanguageSelect value={language} onChange={setLanguage} />
        {typing ? (
          <div className="grid">
            <div className="field wide">
              <label className="field-label" htmlFor="typed-name">
                {t('evidence.signature.typedName')}
              </label>
              <input id="typed-name" value={name} onChange={(e) => setName(e.target.value)} data-autofocus aria-invalid={errors['typed.name'] ? true : undefined} />
              <FieldError code={errors['typed.name']} />
            </div>
            <label className="check wide">
              <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} aria-invalid={errors['typed.confirmed'] ? true : undefined} />
              {t('evidence.signature.confirm')}
            </label>
            <FieldError code={errors['typed.confirmed']} />
          </div>
        ) : (
          <>
            <p className="muted">{t('evidence.signature.hint')}</p>
            <SignaturePad key={padKey} strokes={strokes} onChange={setStrokes} />
            <FieldError code={errors.drawn} />
          </>
        )}
        <FieldError code={errors.orderId} />
        <div className="row dialog-buttons">
          <button type="submit" className="primary" disabled={busy}>
            {t('evidence.signature.sign')}
          </button>
          {!typing && (
            <button
              type="button"
              onClick={() => {
                setStrokes([]);
                setPadKey((k) => k + 1);
              }}
            >
              {t('evidence.signature.clear')}
            </button>
          )}
          <button type="button" onClick={() => setTyping(!typing)}>
            {typing ? t('evidence.signature.drawInstead') : t('evidence.signature.typeInstead')}
          </button>
          <button type="button" onClick={props.onClose}>
            {t('evidence.signature.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
