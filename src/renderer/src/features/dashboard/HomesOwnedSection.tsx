// Settings → Homes owned: the number of homes the landlord owns in each reporting year, which
// CH01 divides by (complaints per 1,000 homes).
import { Button, Group, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { reportingYearName, reportingYearOf } from '../../../../shared/reporting/period';
import { useApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';
import { todayIso } from '../../ui/dates';
import { ErrorAlert, PageLoader } from '../../ui/Feedback';
import { Section } from '../../ui/Section';
import { useSave } from '../../ui/useSave';

export function HomesOwnedSection() {
  const api = useApi();
  const { data, error, reload } = useQuery('reporting.homes', {});
  const thisYear = reportingYearOf(todayIso());
  const [year, setYear] = useState(String(thisYear));
  const [count, setCount] = useState<number | string>('');
  const save = useSave(['year', 'count']);
  // This reporting year, the two before it (for last year's report) and the next.
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => ({
    value: String(y),
    label: `${reportingYearName(y)} (1 April ${y} – 31 March ${y + 1})`,
  }));

  const submit = () =>
    void save.run(
      () => api.call('reporting.setHomes', { year: Number(year), count: Number(count) }),
      `Homes owned in ${reportingYearName(Number(year))} saved.`,
      () => {
        setCount('');
        reload();
      },
    );

  return (
    <Section title="Homes owned" id="settings-homes" titleSize="h3" p="lg" stack gap="md">
      <Text maw={760}>
        The number of homes you own in each reporting year. The Regulator’s measure CH01 counts complaints for
        every 1,000 homes, so it needs this number; without it the Performance screen leaves CH01 blank.
      </Text>
      {error ? (
        <ErrorAlert title="The homes owned could not be loaded" error={error} onRetry={reload} />
      ) : !data ? (
        <PageLoader label="Loading the homes owned…" />
      ) : (
        <Stack gap="md" maw={760}>
          {data.years.length === 0 ? (
            <Text c="dimmed">No reporting year has a number of homes yet.</Text>
          ) : (
            <Table withTableBorder maw={420}>
              <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
                Homes owned by reporting year
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Reporting year</Table.Th>
                  <Table.Th scope="col" ta="right">
                    Homes owned
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.years.map((y) => (
                  <Table.Tr key={y.year}>
                    <Table.Th scope="row">{reportingYearName(y.year)}</Table.Th>
                    <Table.Td ta="right">{y.count.toLocaleString('en-GB')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Group
            align="flex-start"
            gap="sm"
            component="form"
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <Select
              label="Reporting year"
              data={years}
              value={year}
              onChange={(v) => v && setYear(v)}
              allowDeselect={false}
              error={save.errors.fields.year}
              w={380}
            />
            <NumberInput
              label="Homes owned"
              value={count}
              onChange={setCount}
              min={1}
              max={10_000_000}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator=","
              error={save.errors.fields.count}
              w={180}
            />
            <Button type="submit" mt={25} loading={save.busy}>
              Save
            </Button>
          </Group>
          {save.errors.form && (
            <Text c="red.9" size="sm" role="alert">
              {save.errors.form}
            </Text>
          )}
        </Stack>
      )}
    </Section>
  );
}
