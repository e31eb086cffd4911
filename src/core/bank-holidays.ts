// England and Wales bank holidays 2010–2030, shipped as data so working-day timescales never depend on a network.
//
// 2010–2025 are the standing rules plus every one-off and moved holiday proclaimed, as GOV.UK lists them
// (https://www.gov.uk/bank-holidays.json, division "england-and-wales"). Checked on 23/11/2026, date by date:
// 2018–2025 against a stored copy of that file's england-and-wales events (identical, 67 dates); 2011–2015
// against a third-party copy of the GOV.UK bank holidays page table for those years (identical, incl. the
// 2011 royal wedding and the 2012 Diamond Jubilee days); 2016 only in part (January to early May, from a copy
// of the JSON). 2010, the rest of 2016, and 2017 were not found in a GOV.UK copy: they match the standing rules
// (no one-off holiday fell in those years) and secondary lists. working-days.test.ts pins each one-off day.
// 2026–2030 are worked out from the standard rules in bank-holiday-rules.ts (GOV.UK lists only a year or two
// ahead): a future one-off holiday (a coronation, a state funeral) must be added here when proclaimed.
// Each date is the day the holiday is observed; when a holiday falls at a weekend, the substitute weekday is
// listed instead (Banking and Financial Dealings Act 1971, Schedule 1, and the annual royal proclamations).

/** One observed bank holiday: ISO date, title as GOV.UK writes it, and a note for substitute and one-off days. */
export type BankHoliday = readonly [date: string, title: string, note?: string];

/** The first and last years the shipped list covers; other years use the standard rules. */
export const SHIPPED_FROM = 2010;
export const SHIPPED_TO = 2030;

/** Every England and Wales bank holiday from 2010 to 2030, in date order. */
export const BANK_HOLIDAYS: readonly BankHoliday[] = [
  // 2010
  ['2010-01-01', 'New Year’s Day'],
  ['2010-04-02', 'Good Friday'],
  ['2010-04-05', 'Easter Monday'],
  ['2010-05-03', 'Early May bank holiday'],
  ['2010-05-31', 'Spring bank holiday'],
  ['2010-08-30', 'Summer bank holiday'],
  ['2010-12-27', 'Christmas Day', 'Substitute day'],
  ['2010-12-28', 'Boxing Day', 'Substitute day'],
  // 2011
  ['2011-01-03', 'New Year’s Day', 'Substitute day'],
  ['2011-04-22', 'Good Friday'],
  ['2011-04-25', 'Easter Monday'],
  ['2011-04-29', 'Royal wedding', 'One-off: wedding of Prince William and Catherine Middleton'],
  ['2011-05-02', 'Early May bank holiday'],
  ['2011-05-30', 'Spring bank holiday'],
  ['2011-08-29', 'Summer bank holiday'],
  ['2011-12-26', 'Boxing Day'],
  ['2011-12-27', 'Christmas Day', 'Substitute day'],
  // 2012
  ['2012-01-02', 'New Year’s Day', 'Substitute day'],
  ['2012-04-06', 'Good Friday'],
  ['2012-04-09', 'Easter Monday'],
  ['2012-05-07', 'Early May bank holiday'],
  ['2012-06-04', 'Spring bank holiday', 'Moved from 28 May for the Diamond Jubilee'],
  ['2012-06-05', 'Queen’s Diamond Jubilee', 'One-off'],
  ['2012-08-27', 'Summer bank holiday'],
  ['2012-12-25', 'Christmas Day'],
  ['2012-12-26', 'Boxing Day'],
  // 2013
  ['2013-01-01', 'New Year’s Day'],
  ['2013-03-29', 'Good Friday'],
  ['2013-04-01', 'Easter Monday'],
  ['2013-05-06', 'Early May bank holiday'],
  ['2013-05-27', 'Spring bank holiday'],
  ['2013-08-26', 'Summer bank holiday'],
  ['2013-12-25', 'Christmas Day'],
  ['2013-12-26', 'Boxing Day'],
  // 2014
  ['2014-01-01', 'New Year’s Day'],
  ['2014-04-18', 'Good Friday'],
  ['2014-04-21', 'Easter Monday'],
  ['2014-05-05', 'Early May bank holiday'],
  ['2014-05-26', 'Spring bank holiday'],
  ['2014-08-25', 'Summer bank holiday'],
  ['2014-12-25', 'Christmas Day'],
  ['2014-12-26', 'Boxing Day'],
  // 2015
  ['2015-01-01', 'New Year’s Day'],
  ['2015-04-03', 'Good Friday'],
  ['2015-04-06', 'Easter Monday'],
  ['2015-05-04', 'Early May bank holiday'],
  ['2015-05-25', 'Spring bank holiday'],
  ['2015-08-31', 'Summer bank holiday'],
  ['2015-12-25', 'Christmas Day'],
  ['2015-12-28', 'Boxing Day', 'Substitute day'],
  // 2016
  ['2016-01-01', 'New Year’s Day'],
  ['2016-03-25', 'Good Friday'],
  ['2016-03-28', 'Easter Monday'],
  ['2016-05-02', 'Early May bank holiday'],
  ['2016-05-30', 'Spring bank holiday'],
  ['2016-08-29', 'Summer bank holiday'],
  ['2016-12-26', 'Boxing Day'],
  ['2016-12-27', 'Christmas Day', 'Substitute day'],
  // 2017
  ['2017-01-02', 'New Year’s Day', 'Substitute day'],
  ['2017-04-14', 'Good Friday'],
  ['2017-04-17', 'Easter Monday'],
  ['2017-05-01', 'Early May bank holiday'],
  ['2017-05-29', 'Spring bank holiday'],
  ['2017-08-28', 'Summer bank holiday'],
  ['2017-12-25', 'Christmas Day'],
  ['2017-12-26', 'Boxing Day'],
  // 2018
  ['2018-01-01', 'New Year’s Day'],
  ['2018-03-30', 'Good Friday'],
  ['2018-04-02', 'Easter Monday'],
  ['2018-05-07', 'Early May bank holiday'],
  ['2018-05-28', 'Spring bank holiday'],
  ['2018-08-27', 'Summer bank holiday'],
  ['2018-12-25', 'Christmas Day'],
  ['2018-12-26', 'Boxing Day'],
  // 2019
  ['2019-01-01', 'New Year’s Day'],
  ['2019-04-19', 'Good Friday'],
  ['2019-04-22', 'Easter Monday'],
  ['2019-05-06', 'Early May bank holiday'],
  ['2019-05-27', 'Spring bank holiday'],
  ['2019-08-26', 'Summer bank holiday'],
  ['2019-12-25', 'Christmas Day'],
  ['2019-12-26', 'Boxing Day'],
  // 2020
  ['2020-01-01', 'New Year’s Day'],
  ['2020-04-10', 'Good Friday'],
  ['2020-04-13', 'Easter Monday'],
  ['2020-05-08', 'Early May bank holiday (VE day)', 'Moved from 4 May for the 75th anniversary of VE day'],
  ['2020-05-25', 'Spring bank holiday'],
  ['2020-08-31', 'Summer bank holiday'],
  ['2020-12-25', 'Christmas Day'],
  ['2020-12-28', 'Boxing Day', 'Substitute day'],
  // 2021
  ['2021-01-01', 'New Year’s Day'],
  ['2021-04-02', 'Good Friday'],
  ['2021-04-05', 'Easter Monday'],
  ['2021-05-03', 'Early May bank holiday'],
  ['2021-05-31', 'Spring bank holiday'],
  ['2021-08-30', 'Summer bank holiday'],
  ['2021-12-27', 'Christmas Day', 'Substitute day'],
  ['2021-12-28', 'Boxing Day', 'Substitute day'],
  // 2022
  ['2022-01-03', 'New Year’s Day', 'Substitute day'],
  ['2022-04-15', 'Good Friday'],
  ['2022-04-18', 'Easter Monday'],
  ['2022-05-02', 'Early May bank holiday'],
  ['2022-06-02', 'Spring bank holiday', 'Moved from 30 May for the Platinum Jubilee'],
  ['2022-06-03', 'Platinum Jubilee bank holiday', 'One-off'],
  ['2022-08-29', 'Summer bank holiday'],
  ['2022-09-19', 'Bank holiday for the State Funeral of Queen Elizabeth II', 'One-off'],
  ['2022-12-26', 'Boxing Day'],
  ['2022-12-27', 'Christmas Day', 'Substitute day'],
  // 2023
  ['2023-01-02', 'New Year’s Day', 'Substitute day'],
  ['2023-04-07', 'Good Friday'],
  ['2023-04-10', 'Easter Monday'],
  ['2023-05-01', 'Early May bank holiday'],
  ['2023-05-08', 'Bank holiday for the coronation of King Charles III', 'One-off'],
  ['2023-05-29', 'Spring bank holiday'],
  ['2023-08-28', 'Summer bank holiday'],
  ['2023-12-25', 'Christmas Day'],
  ['2023-12-26', 'Boxing Day'],
  // 2024
  ['2024-01-01', 'New Year’s Day'],
  ['2024-03-29', 'Good Friday'],
  ['2024-04-01', 'Easter Monday'],
  ['2024-05-06', 'Early May bank holiday'],
  ['2024-05-27', 'Spring bank holiday'],
  ['2024-08-26', 'Summer bank holiday'],
  ['2024-12-25', 'Christmas Day'],
  ['2024-12-26', 'Boxing Day'],
  // 2025
  ['2025-01-01', 'New Year’s Day'],
  ['2025-04-18', 'Good Friday'],
  ['2025-04-21', 'Easter Monday'],
  ['2025-05-05', 'Early May bank holiday'],
  ['2025-05-26', 'Spring bank holiday'],
  ['2025-08-25', 'Summer bank holiday'],
  ['2025-12-25', 'Christmas Day'],
  ['2025-12-26', 'Boxing Day'],
  // 2026 (standard rules; not yet confirmed by GOV.UK for every date)
  ['2026-01-01', 'New Year’s Day'],
  ['2026-04-03', 'Good Friday'],
  ['2026-04-06', 'Easter Monday'],
  ['2026-05-04', 'Early May bank holiday'],
  ['2026-05-25', 'Spring bank holiday'],
  ['2026-08-31', 'Summer bank holiday'],
  ['2026-12-25', 'Christmas Day'],
  ['2026-12-28', 'Boxing Day', 'Substitute day'],
  // 2027 (standard rules; not yet confirmed by GOV.UK for every date)
  ['2027-01-01', 'New Year’s Day'],
  ['2027-03-26', 'Good Friday'],
  ['2027-03-29', 'Easter Monday'],
  ['2027-05-03', 'Early May bank holiday'],
  ['2027-05-31', 'Spring bank holiday'],
  ['2027-08-30', 'Summer bank holiday'],
  ['2027-12-27', 'Christmas Day', 'Substitute day'],
  ['2027-12-28', 'Boxing Day', 'Substitute day'],
  // 2028 (standard rules; not yet confirmed by GOV.UK for every date)
  ['2028-01-03', 'New Year’s Day', 'Substitute day'],
  ['2028-04-14', 'Good Friday'],
  ['2028-04-17', 'Easter Monday'],
  ['2028-05-01', 'Early May bank holiday'],
  ['2028-05-29', 'Spring bank holiday'],
  ['2028-08-28', 'Summer bank holiday'],
  ['2028-12-25', 'Christmas Day'],
  ['2028-12-26', 'Boxing Day'],
  // 2029 (standard rules; not yet confirmed by GOV.UK for every date)
  ['2029-01-01', 'New Year’s Day'],
  ['2029-03-30', 'Good Friday'],
  ['2029-04-02', 'Easter Monday'],
  ['2029-05-07', 'Early May bank holiday'],
  ['2029-05-28', 'Spring bank holiday'],
  ['2029-08-27', 'Summer bank holiday'],
  ['2029-12-25', 'Christmas Day'],
  ['2029-12-26', 'Boxing Day'],
  // 2030 (standard rules; not yet confirmed by GOV.UK for every date)
  ['2030-01-01', 'New Year’s Day'],
  ['2030-04-19', 'Good Friday'],
  ['2030-04-22', 'Easter Monday'],
  ['2030-05-06', 'Early May bank holiday'],
  ['2030-05-27', 'Spring bank holiday'],
  ['2030-08-26', 'Summer bank holiday'],
  ['2030-12-25', 'Christmas Day'],
  ['2030-12-26', 'Boxing Day'],
];
