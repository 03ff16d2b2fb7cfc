import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog.js';
import { type PreparedPhoto, preparePhoto } from './images.js';

/**
 * The PC's camera (getUserMedia, video only): a live picture, "Take the photo" keeps the frame. Where no camera
 * can be used (none, or not allowed), it says so and the clerk attaches files instead.
 */
export function CameraDialog(props: { onTaken(photo: PreparedPhoto): Promise<boolean>; onClose(): void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [stream, setStream] = useState<MediaStream>();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live: MediaStream | undefined;
    let gone = false;
    // No mediaDevices at all outside a secure page: the same answer as no camera.
    if (!navigator.mediaDevices) setFailed(true);
    else
      navigator.mediaDevices
        .getUserMedia({ video: { width: { ideal: 1920 }, height: { ideal: 1080 } }, audio: false })
        .then((opened) => {
          if (gone) return opened.getTracks().forEach((track) => track.stop());
          live = opened;
          setStream(opened);
        })
        .catch(() => setFailed(true));
    return () => {
      gone = true;
      live?.getTracks().forEach((track) => track.stop());
    };
  }, []);
  useEffect(() => {
    if (video.current && stream) video.current.srcObject = stream;
  }, [stream]);

  async function take() {
    const frame = video.current;
    if (!frame || !frame.videoWidth) return;
    setBusy(true);
    try {
      const photo = await preparePhoto(frame, frame.videoWidth, frame.videoHeight);
      if (await props.onTaken(photo)) props.onClose();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title={t('evidence.photos.camera')} className="camera" onClose={props.onClose}>
      {failed ? (
        <p className="banner error" role="alert">
          {t('evidence.photos.noCamera')}
        </p>
      ) : (
        <video ref={video} autoPlay playsInline muted className="camera-view" aria-label={t('evidence.photos.camera')} />
      )}
      <div className="row dialog-buttons">
        <button type="button" className="primary" data-autofocus disabled={!stream || busy} onClick={() => void take()}>
          {t('evidence.photos.capture')}
        </button>
        <button type="button" onClick={props.onClose}>
          {t('evidence.photos.close')}
        </button>
      </div>
    </Dialog>
  );
}
