import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../shared/channels.js';
import { api } from '../app/api/index.js';
import { fieldsUnder, FieldError } from '../app/Field.js';
import { formatDate } from '../app/i18n/index.js';
import { useSession } from '../session/index.js';
import { CameraDialog } from './CameraDialog.js';
import { Dialog } from './Dialog.js';
import { useEvidence } from './store.js';

type Photo = ChannelOutput<'evidence.forOrder'>['photos'][number];

/** The unit's photos: taken with the camera or attached, as thumbnails stamped with stage, time and who; full size on click. */
export function OrderPhotos({ closed }: { closed: boolean }) {
  const { t } = useTranslation();
  const { language, staff } = useSession();
  const { evidence, saving, addCameraPhoto, addFiles } = useEvidence();
  const error = useEvidence((s) => s.errorFor('photos'));
  const [camera, setCamera] = useState(false);
  const [shown, setShown] = useState<{ photo: Photo; n: number; src?: string }>();
  const files = useRef<HTMLInputElement>(null);
  const photos = evidence?.photos ?? [];
  const nameOf = (id: string) => staff.find((s) => s.id === id)?.name ?? '';
  const errors = fieldsUnder(error);

  async function open(photo: Photo, n: number) {
    setShown({ photo, n });
    const full = await api().call('evidence.photos.content', { id: photo.id });
    const type = photo.file.endsWith('.png') ? 'image/png' : 'image/jpeg';
    if (full.ok) setShown({ photo, n, src: `data:${type};base64,${full.value.jpegBase64}` });
  }

  return (
    <section className="evidence-photos" aria-labelledby="photos-title">
      <h3 id="photos-title">
        {t('evidence.photos.title')} {photos.length > 0 && <span className="muted">· {t('evidence.photos.count', { count: photos.length })}</span>}
      </h3>
      {!closed && (
        <div className="row">
          <button type="button" onClick={() => setCamera(true)} disabled={saving}>
            {t('evidence.photos.takePhoto')}
          </button>
          <button type="button" onClick={() => files.current?.click()} disabled={saving}>
            {t('evidence.photos.attach')}
          </button>
          <input
            ref={files}
            type="file"
            accept="image/*"
            multiple
            hidden
            aria-label={t('evidence.photos.attach')}
            onChange={(e) => {
              const picked = [...(e.target.files ?? [])];
              e.target.value = '';
              if (picked.length) void addFiles(picked);
            }}
          />
          {saving && <span role="status">{t('evidence.photos.saving')}</span>}
        </div>
      )}
      <FieldError code={errors.photoBase64 ?? errors.fileName ?? errors.thumbnailBase64 ?? errors.orderId} />
      {photos.length === 0 ? (
        <p className="muted">{t('evidence.photos.none')}</p>
      ) : (
        <ul className="thumbnails">
          {photos.map((photo, i) => (
            <li key={photo.id}>
              <button type="button" className="thumbnail" onClick={() => void open(photo, i + 1)} aria-label={t('evidence.photos.openFull', { n: i + 1 })}>
                <img src={`data:image/jpeg;base64,${photo.thumbnailBase64}`} alt="" width={120} height={90} />
              </button>
              <span className="stamp">{t('evidence.photos.stamp', { stage: t(`evidence.stage.${photo.stage}`), date: formatDate(photo.takenAt, language, true), by: nameOf(photo.takenBy) })}</span>
            </li>
          ))}
        </ul>
      )}
      {camera && <CameraDialog onTaken={addCameraPhoto} onClose={() => setCamera(false)} />}
      {shown && (
        <Dialog title={t('evidence.photos.full', { n: shown.n, total: photos.length })} className="photo-full" onClose={() => setShown(undefined)}>
          {shown.src && <img src={shown.src} alt={t('evidence.photos.full', { n: shown.n, total: photos.length })} className="photo-full-image" />}
          <p>{t('evidence.photos.stamp', { stage: t(`evidence.stage.${shown.photo.stage}`), date: formatDate(shown.photo.takenAt, language, true), by: nameOf(shown.photo.takenBy) })}</p>
          <div className="row dialog-buttons">
            <button type="button" onClick={() => setShown(undefined)}>
              {t('evidence.photos.close')}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
