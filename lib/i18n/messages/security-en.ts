// Sign-in, own account, two-factor and session strings, English; the same shape as security-zh-CN.ts.
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-length";
import type {
  accountZhCN,
  authZhCN,
  errorPageZhCN,
  importLimitsZhCN,
  previewLinksZhCN,
} from "@/lib/i18n/messages/security-zh-CN";

export const authEn = {
  title: "Sign in",
  signInTitle: "Sign in to Masthead",
  email: "Email",
  password: "Password",
  signIn: "Sign in",
  signingIn: "Signing in…",
  signOut: "Sign out",
  wrongCredentials: "Wrong email or password",
  code: "Verification code",
  codeHint:
    "Open your authenticator app and enter the 6-digit code it shows; without your phone, enter a recovery code.",
  verify: "Verify",
  codeInvalid: "Wrong verification code",
  challengeExpired: "The verification timed out. Please enter your email and password again.",
  startOver: "Start over",
  throttled: "Too many attempts. Please try again in {minutes} minutes.",
  signInFailed: "Sign-in failed. Please try again.",
} satisfies typeof authZhCN;

export const accountEn = {
  title: "My account",
  backToAdmin: "Back to the admin",
  landmark: "My account",
  passwordLink: "Change password",
  twoFactorLink: "Two-factor sign-in",
  sessionsLink: "Signed-in devices",
  password: {
    title: "Change password",
    forced: "Please choose your own password before using the admin.",
    current: "Current password",
    next: "New password",
    confirm: "New password again",
    hint: `At least ${PASSWORD_MIN_LENGTH} characters; very common passwords are refused.`,
    email: "Your email",
    emailHint:
      "The admin created at first start has a default email everyone knows. Use your own; you will sign in with it.",
    save: "Save new password",
    saved: "Password changed. You have been signed out on every other device.",
    mismatch: "The two new passwords differ",
    wrongCurrent: "The current password is wrong",
    throttled: "Too many attempts. Please try again later.",
    sameEmail: "Please use your own email",
    invalidEmail: "Please enter a valid email address",
    emailTaken: "Another account has this email",
    problems: {
      tooShort: `A password needs at least ${PASSWORD_MIN_LENGTH} characters`,
      tooLong: "That password is too long",
      common: "That password is too common and easily guessed",
      personal: "A password may not contain your email name or the site's name",
    },
  },
  twoFactor: {
    title: "Two-factor sign-in",
    forced: "This site requires two-factor sign-in for admins and editors. Please set it up before using the admin.",
    on: "Two-factor sign-in is on.",
    off: "Two-factor sign-in is off. With it, signing in also needs the code your phone's authenticator app shows.",
    scan: "Scan the QR code with an authenticator app (Google Authenticator, Microsoft Authenticator, 1Password …), or enter the key by hand:",
    qrLabel: "Two-factor QR code",
    secret: "Key",
    code: "6-digit code from the app",
    enable: "Turn on two-factor sign-in",
    enabled: "Two-factor sign-in is on. You have been signed out on every other device.",
    codesIntro:
      "Keep these recovery codes somewhere safe (they are shown only once). If you lose your phone, each one signs you in once instead of a code:",
    codesLeft: "Recovery codes left: {n}",
    regenerate: "New recovery codes",
    regenerated: "New recovery codes; the old ones no longer work:",
    disable: "Turn off two-factor sign-in",
    disabled: "Two-factor sign-in is off",
    required: "This site requires two-factor sign-in for your role; it cannot be turned off.",
    codeInvalid: "Wrong code. Enter the code the app shows now",
    currentPassword: "Current password",
    continue: "Continue",
  },
  sessions: {
    title: "Signed-in devices",
    intro:
      "These browsers are signed in to your account. If you do not know one, sign it out and change your password.",
    device: "Device",
    ip: "IP address",
    started: "Signed in",
    lastSeen: "Last active",
    current: "This device",
    signOut: "Sign out",
    signOutEverywhere: "Sign out everywhere",
    confirmEverywhere: "Sign out on every device, this one included?",
    ended: "Signed out on that device",
    unknownDevice: "Unknown device",
    deviceOn: "{browser} on {os}",
  },
  refused: {
    notSignedIn: "Your session has ended. Please sign in again.",
  },
} satisfies typeof accountZhCN;

export const importLimitsEn = {
  archiveTooLarge: "{archive} is larger than {mb} MB and was not imported. Split it into smaller archives.",
  tooManyFiles:
    "{archive} holds {count} wire-copy files, more than the limit of {max} at a time; nothing was imported.",
  entryTooLarge:
    "{entry} in {archive} inflates to more than {mb} MB, which is no wire copy; the archive was not imported.",
  compressionRatio:
    "{entry} in {archive} inflates more than {ratio} times its size, like a zip bomb; the archive was not imported.",
  totalTooLarge: "{archive} inflates to more than {mb} MB in all and was not imported.",
  unreadable: "{archive} is not a readable zip archive and was not imported.",
} satisfies typeof importLimitsZhCN;

export const previewLinksEn = {
  revoke: "Revoke all preview links",
  confirmRevoke:
    "Revoke every preview link given out for this article? Whoever holds one can no longer open it. You can make new links afterwards.",
  revoked: "Every preview link given out for this article so far has been revoked",
  audit: {
    "article.previewLink": "Preview link made",
    "article.previewRevoke": "Preview links revoked",
    "article.previewView": "Viewed through a preview link",
  } as Record<string, string>,
} satisfies typeof previewLinksZhCN;

export const errorPageEn = {
  title: "Something went wrong",
  body: "This page cannot be shown right now. It is not your fault, and it has been logged. Please try again later.",
  retry: "Try again",
  home: "Back to the home page",
  reference: "Error reference: {digest}",
} satisfies typeof errorPageZhCN;
