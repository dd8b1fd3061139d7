export interface Grant {
  roleCode: string;
  roleName: string;
  unitId: number;
  unitName: string;
  scope: string;
}

export interface MeUser {
  id: number;
  username: string;
  displayName: string;
  unitId: number;
  unitName: string;
}

/** GET /api/me and the login response: who I am, what I may do, which menu entries I get. */
export interface Me {
  user: MeUser;
  grants: Grant[];
  permissions: string[];
  menu: string[];
  csrfToken: string;
  /** The zone date-times are shown in (the server's LUOSHI_TZ, Asia/Shanghai by default). */
  timeZone: string;
}
