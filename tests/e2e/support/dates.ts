// Dates as an officer types and reads them in a date box: dd/mm/yyyy (English (UK), the default).
import { writeTypedDate } from '../../../src/shared/domain/locale';

/** YYYY-MM-DD as typed into (and shown in) a date field: 02/03/2026. */
export const typedDate = (iso: string): string => writeTypedDate(iso, 'en-GB');
