"use client";

// When even the root layout fails, this replaces it: the same page as app/error.tsx (which draws its
// own <html>), with the styles the root layout would have loaded.
import "./globals.css";

export { default } from "./error";
