import { describe, expect, it } from 'vitest';
import { CreateResidentInput } from '../../../../shared/contract/inputs';
import { EMPTY_NEW_RESIDENT, newResidentFromQuery, toCreateResidentInput } from './newResident';

describe('new resident from the finder', () => {
  it('puts what was typed in the field it looks like', () => {
    expect(newResidentFromQuery('se1 7pb').postcode).toBe('SE1 7PB');
    expect(newResidentFromQuery('07700 900123').phone).toBe('07700 900123');
    expect(newResidentFromQuery('Grace Okafor').name).toBe('Grace Okafor');
  });

  it('sends no property when no address was given, and a valid one when it was', () => {
    const bare = toCreateResidentInput({ ...EMPTY_NEW_RESIDENT, name: 'Grace Okafor' });
    expect(bare.property).toBeNull();
    expect(CreateResidentInput.safeParse(bare).success).toBe(true);

    const housed = toCreateResidentInput({
      ...EMPTY_NEW_RESIDENT,
      name: 'Grace Okafor',
      addressLine1: '14 Mill Lane',
      postcode: 'se17pb',
    });
    const parsed = CreateResidentInput.parse(housed);
    expect(parsed.property?.postcode).toBe('SE1 7PB');
  });

  it('reports a postcode without an address line against property.addressLine1', () => {
    const input = toCreateResidentInput({ ...EMPTY_NEW_RESIDENT, name: 'A', postcode: 'SE1 7PB' });
    const result = CreateResidentInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('property.addressLine1');
  });
});
