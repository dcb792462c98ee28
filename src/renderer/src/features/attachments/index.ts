// What the rest of the app may use of attachments: the case page's section, and a point's own
// files for the investigation workspace, and the limit in Settings.
export { AttachmentLimitSection } from './AttachmentLimitSection';
export { AttachmentsSection, PointAttachments } from './AttachmentsSection';
