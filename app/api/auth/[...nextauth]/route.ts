export { authHandler as GET, authPostHandler as POST } from "@/lib/auth/handler";
