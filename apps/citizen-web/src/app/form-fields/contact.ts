/** What the forms accept as an e-mail address and a mobile number (the API checks them again). */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const PHONE = /^\+?[0-9 ]{6,20}$/;
