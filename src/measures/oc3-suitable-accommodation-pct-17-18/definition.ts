// Definition of oc3_suitable_accommodation_pct_17_18: care leavers aged 17 to 18 in suitable accommodation on their birthday (year to 31 March).
import { oc3Definition } from '../shared/annual-definition.ts';

export const definition = oc3Definition('suitable-accommodation', [17, 18]);
