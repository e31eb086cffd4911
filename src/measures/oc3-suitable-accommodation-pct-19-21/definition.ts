// Definition of oc3_suitable_accommodation_pct_19_21: care leavers aged 19 to 21 in suitable accommodation on their birthday (year to 31 March).
import { oc3Definition } from '../shared/annual-definition.ts';

export const definition = oc3Definition('suitable-accommodation', [19, 21]);
