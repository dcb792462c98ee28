import {
  IMPROVEMENT_STATUS_LABELS,
  IMPROVEMENT_STATUSES,
  SERVICE_AREA_LABELS,
  SERVICE_AREAS,
} from '../../../../shared/domain/vocabulary';

export const SERVICE_AREA_OPTIONS = SERVICE_AREAS.map((value) => ({
  value,
  label: SERVICE_AREA_LABELS[value],
}));
export const IMPROVEMENT_STATUS_OPTIONS = IMPROVEMENT_STATUSES.map((value) => ({
  value,
  label: IMPROVEMENT_STATUS_LABELS[value],
}));
